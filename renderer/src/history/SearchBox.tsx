import { useRef } from 'react';

interface Props {
  query: string;
  onChange: (query: string) => void;
}

/** The search field; Escape or the clear button empties it. */
export function SearchBox({ query, onChange }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div role="search" className="history-search">
      <label htmlFor="history-search-input">Search entries</label>
      <input
        ref={inputRef}
        id="history-search-input"
        type="search"
        value={query}
        placeholder="Words from your answers, best moments, notes or #tags"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onChange('');
        }}
      />
      {query !== '' && (
        <button
          type="button"
          onClick={() => {
            onChange('');
            inputRef.current?.focus();
          }}
        >
          Clear search
        </button>
      )}
    </div>
  );
}
