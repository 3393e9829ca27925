import { ErrorBoundary, Suspense, type JSX } from 'solid-js';

type RouteFrameProps = {
  /** Lower-case name of the route's content for the loading and error messages, such as "inbox". */
  name: string;
  children: JSX.Element;
  /** Called before the route renders again after "Try again", such as to refetch a failed resource. */
  onRetry?: () => void;
};

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wraps one route in its own error boundary and Suspense fallback. */
export function RouteFrame(props: RouteFrameProps) {
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <div class="route-error" role="alert" data-testid="route-error">
          <h2>Could not show the {props.name}</h2>
          <p>{errorMessage(error)}</p>
          <button
            type="button"
            class="button button-primary"
            onClick={() => {
              props.onRetry?.();
              reset();
            }}
          >
            Try again
          </button>
        </div>
      )}
    >
      <Suspense
        fallback={
          <div class="route-loading" role="status">
            Loading {props.name}…
          </div>
        }
      >
        {props.children}
      </Suspense>
    </ErrorBoundary>
  );
}
