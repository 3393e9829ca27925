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
});
