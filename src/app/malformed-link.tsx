import { ErrorPanel } from './error-panel';

/** A paper link whose percent escapes cannot be decoded, e.g. one cut off while copying. */
export function MalformedLink({ raw }: { raw: string }) {
  return (
    <ErrorPanel title="This link is broken">
      <p>
        The paper address “{raw}” contains a malformed escape sequence (a “%” not followed by a
        valid character code), so it cannot name a paper. It may have been cut off while copying.
      </p>
    </ErrorPanel>
  );
}
