import { Match, Switch } from 'solid-js';
import type { Channel } from '../../lib/graphql';
import { channelLabels } from './labels';

/** Renders a 20 px line icon for a channel, labelled with the channel name for screen readers. */
export function ChannelIcon(props: { channel: Channel }) {
  return (
    <svg
      class={`channel-icon channel-${props.channel.toLowerCase()}`}
      role="img"
      aria-label={channelLabels[props.channel]}
      data-testid="channel-icon"
      data-channel={props.channel}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <title>{channelLabels[props.channel]}</title>
      <Switch>
        <Match when={props.channel === 'PHONE'}>
          <path d="M6.5 3h3l1.5 4-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2 4 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5a2 2 0 0 1 2-2z" />
        </Match>
        <Match when={props.channel === 'WALK_IN'}>
          <circle cx="13" cy="4" r="2" />
          <path d="M10 21l2-6 3 3v3" />
          <path d="M8 12l3-4h3l2 4 3 1" />
          <path d="M12 15l-1-7" />
        </Match>
        <Match when={props.channel === 'EMAIL'}>
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <path d="M3 7l9 6 9-6" />
        </Match>
        <Match when={props.channel === 'WEB'}>
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18" />
          <path d="M12 3a14 14 0 0 1 0 18a14 14 0 0 1 0-18z" />
        </Match>
      </Switch>
    </svg>
  );
}
