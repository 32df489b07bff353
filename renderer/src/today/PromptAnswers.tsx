import type { ShownPrompt } from '../../../shared';

interface Props {
  prompts: readonly ShownPrompt[];
  onAnswer: (id: string, answer: string) => void;
  onShuffle: () => void;
}

/** The day's prompts, each with a text box for its answer. */
export function PromptAnswers({ prompts, onAnswer, onShuffle }: Props) {
  const allAnswered = prompts.every((prompt) => prompt.answer.trim() !== '');
  return (
    <section className="card prompts" aria-labelledby="prompts-heading">
      <div className="row section-head">
        <h2 id="prompts-heading">Reflect</h2>
        <button
          type="button"
          onClick={onShuffle}
          disabled={allAnswered}
          title="Swap the prompts you have not answered for others"
        >
          ↻ Other prompts
        </button>
      </div>
      {prompts.map((prompt) => (
        <div className="prompt" key={prompt.id}>
          <label htmlFor={`prompt-${prompt.id}`}>{prompt.text}</label>
          <textarea
            id={`prompt-${prompt.id}`}
            value={prompt.answer}
            rows={3}
            onChange={(event) => onAnswer(prompt.id, event.target.value)}
          />
        </div>
      ))}
    </section>
  );
}
