import { A } from '@solidjs/router';
import { For } from 'solid-js';
import './counter.css';

/** The counter services staff handle besides questions, each on its own page. */
const services = [
  { href: '/counter/banners', name: 'Banner permits', text: 'Applications for overpass banners, the calendar per overpass and the locations.' },
  { href: '/counter/lemon-lot', name: 'Lemon lot', text: 'Permits for the used-car sale lot, its capacity, reminders and the search by plate.' },
  { href: '/counter/cemetery', name: 'Cemetery', text: 'Lots by section, row and number, sales and interment scheduling.' },
  { href: '/counter/notary', name: 'Notary', text: 'Appointments with the notaries on duty and who holds a commission.' },
  { href: '/counter/payments', name: 'Payments', text: 'Payments with receipts, the daily drawer close, reversals and the audit trail.' },
];

export default function CounterPage() {
  return (
    <section class="counter-page" aria-labelledby="counter-title">
      <h1 id="counter-title">Counter services</h1>
      <ul class="counter-services">
        <For each={services}>
          {(service) => (
            <li>
              <A href={service.href} class="counter-service-link">
                {service.name}
              </A>
              <p>{service.text}</p>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
