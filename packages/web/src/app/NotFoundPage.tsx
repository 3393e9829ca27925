import { A } from '@solidjs/router';

export function NotFoundPage() {
  return (
    <main class="not-found">
      <h1>Page not found</h1>
      <p>This address does not match any page of Civic Desk.</p>
      <p>
        <A href="/">Open the workspace</A> or <A href="/ask">ask the county a question</A>.
      </p>
    </main>
  );
}
