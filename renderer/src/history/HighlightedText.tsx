import { splitAtRanges, type Snippet } from '../../../shared';

/** A snippet with its matches in <mark>, built as React nodes (never as HTML). */
export function HighlightedText({ snippet }: { snippet: Snippet }) {
  return (
    <span className="highlighted-text">
      {snippet.clippedStart && '…'}
      {splitAtRanges(snippet.text, snippet.ranges).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
      {snippet.clippedEnd && '…'}
    </span>
  );
}
