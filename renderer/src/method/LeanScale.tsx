const MARKS = [
  { at: -1, value: '−1', words: 'people work felt much better' },
  { at: -0.5, value: '−0.5', words: '' },
  { at: 0, value: '0', words: 'even' },
  { at: 0.5, value: '+0.5', words: '' },
  { at: 1, value: '+1', words: 'system work felt much better' },
];

/** The lean's scale drawn once: management to the left, architecture to the right. */
export function LeanScale() {
  return (
    <figure className="lean-scale">
      <div className="lean-scale-bar" aria-hidden="true">
        {MARKS.map((mark) => (
          <span key={mark.at} className="lean-scale-mark" style={{ left: `${((mark.at + 1) / 2) * 100}%` }}>
            <span className="lean-scale-value">{mark.value}</span>
            {mark.words && <span className="lean-scale-words">{mark.words}</span>}
          </span>
        ))}
      </div>
      {/* The marks above are drawn for the eye; this says the same for screen readers. */}
      <figcaption className="visually-hidden">
        The lean runs from −1, management: people work felt much better, through 0, even, to +1, architecture: system
        work felt much better.
      </figcaption>
    </figure>
  );
}
