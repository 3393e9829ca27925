import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.centerTimeZone).toBe('America/Denver');
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.sessionSecretIsEphemeral).toBe(true);
  });

  it('lists every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', CENTER_TZ: 'Mars/Olympus_Mons', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('CENTER_TZ must be an IANA time zone');
    expect(problems).toContain('LOG_LEVEL must be one of');
    expect(problems).toContain('DATABASE_URL must start with postgres://');
    expect(problems).toContain('SESSION_SECRET must be at least 32 characters');
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('treats empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('reads TELEPHONY_TOKEN and PUBLIC_URL', () => {
    const config = loadConfig({ TELEPHONY_TOKEN: 'phone-system-token-0123', PUBLIC_URL: 'https://desk.county.example/' });
    expect(config.telephonyToken).toBe('phone-system-token-0123');
    expect(config.publicUrl).toBe('https://desk.county.example');
  });

  it('leaves TELEPHONY_TOKEN and PUBLIC_URL unset by default', () => {
    const config = loadConfig({ TELEPHONY_TOKEN: '', PUBLIC_URL: '' });
    expect(config.telephonyToken).toBeUndefined();
    expect(config.publicUrl).toBeUndefined();
  });

  it('rejects a short TELEPHONY_TOKEN and a non-http PUBLIC_URL', () => {
    let error: unknown;
    try {
      loadConfig({ TELEPHONY_TOKEN: 'short', PUBLIC_URL: 'ftp://desk.county.example' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toContain('TELEPHONY_TOKEN must be at least 16 characters');
    expect(problems).toContain('PUBLIC_URL must be an http:// or https:// address such as https://desk.county.example (received "ftp://desk.county.example")');
    expect(problems.join('\n')).not.toContain('short');
  });

  it('reads the public form limits and TRUST_PROXY', () => {
    const defaults = loadConfig({});
    expect(defaults.publicForm).toEqual({ maxPhotoBytes: 5 * 1024 * 1024, submissionsPerWindow: 5, statusLookupsPerWindow: 60, selfCheckInsPerWindow: 20 });
    expect(defaults.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '::1']);
  });

  it('reads the Open311 settings', () => {
    expect(loadConfig({}).open311).toEqual({ jurisdictionId: undefined, postsPerHour: 300 });
    expect(loadConfig({ OPEN311_JURISDICTION_ID: ' county.example ', OPEN311_POSTS_PER_HOUR: '40' }).open311).toEqual({ jurisdictionId: 'county.example', postsPerHour: 40 });
    expect(() => loadConfig({ OPEN311_POSTS_PER_HOUR: '0' })).toThrow(/OPEN311_POSTS_PER_HOUR must be a whole number from 1 to 1000000/);
  });

  it('reads the e-mail settings', () => {
    expect(loadConfig({}).email).toEqual({
      maxFileBytes: 10 * 1024 * 1024,
      maxFilesBytes: 25 * 1024 * 1024,
      acknowledgementsPerHour: 3,
      smtpPort: undefined,
      smtpHost: '127.0.0.1',
      relayUrl: undefined,
      mailFrom: 'civic-desk@localhost',
      outboxMaxAttempts: 5,
    });
    const set = loadConfig({ SMTP_PORT: '2525', SMTP_RELAY_URL: 'smtp://user:pass@127.0.0.1:587', MAIL_FROM: '311@county.example', EMAIL_ACKS_PER_HOUR: '0' });
    expect(set.email).toMatchObject({ smtpPort: 2525, relayUrl: 'smtp://user:pass@127.0.0.1:587', mailFrom: '311@county.example', acknowledgementsPerHour: 0 });
    expect(loadConfig({ SMTP_PORT: '' }).email.smtpPort).toBeUndefined();
  });

  it('rejects bad e-mail settings without echoing the relay URL', () => {
    let error: unknown;
    try {
      loadConfig({ SMTP_PORT: '70000', SMTP_RELAY_URL: 'http://user:secret@relay', MAIL_FROM: 'not-an-address' });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems;
    expect(problems).toContain('SMTP_PORT must be a whole number from 0 to 65535 (received "70000")');
    expect(problems).toContain('SMTP_RELAY_URL must be an smtp:// or smtps:// address such as smtp://user:password@mail.county.example:587');
    expect(problems).toContain('MAIL_FROM must be an e-mail address such as 311@county.example (received "not-an-address")');
    expect(problems.join('\n')).not.toContain('secret');
  });

  it('rejects a TRUST_PROXY that is no address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'loopback,proxy.county.example' })).toThrow(/"proxy.county.example" is none of these/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY must be/);
  });
});
