import { useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared';

interface Props {
  tags: readonly string[];
  onAdd: (raw: string) => string | null;
  onRemove: (tag: string) => void;
}

/** Tags as removable chips, added by typing and pressing Enter or comma. */
export function TagInput({ tags, onAdd, onRemove }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const commit = () => {
    if (!text.trim()) return;
    const reason = onAdd(text);
    setProblem(reason);
    if (!reason) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onRemove(tags[tags.length - 1] ?? '');
    }
  };

  return (
    <div className="tags">
      <ul className="tag-list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag">
            #{tag}
            <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onRemove(tag)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="row">
        <span>Add tag</span>
        <input
          type="text"
          value={text}
          disabled={tags.length >= LIMITS.tagsPerEntry}
          placeholder={tags.length >= LIMITS.tagsPerEntry ? `At most ${LIMITS.tagsPerEntry} tags` : 'e.g. offsite'}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
      </label>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
