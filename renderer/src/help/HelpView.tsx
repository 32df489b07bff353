import { MethodLink } from '../method/MethodLink';
import { WelcomeText } from './Welcome';
import './help.css';

const ADD_ACTIVITY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘ K' : 'Ctrl K';

/** The keys of the Today view, and of the controls everywhere. */
const SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ['G', 'M', 'B'], does: 'Good, mixed or bad day' },
  { keys: ['1', '2', '3', '4', '5'], does: 'Energy at the end of the day' },
  { keys: ['N'], does: 'Jump to the notes' },
  { keys: [ADD_ACTIVITY], does: 'Add an activity: type to find it, Enter to add' },
  { keys: ['?'], does: 'Open this help' },
];

const CONTROLS: { keys: string[]; does: string }[] = [
  { keys: ['Tab'], does: 'Next group of controls (a row of choices or the activity grid is one stop)' },
  { keys: ['←', '→', '↑', '↓'], does: 'Move within a row of choices or the activity grid' },
  { keys: ['Space', 'Enter'], does: 'Choose; on the chosen option, clear it again' },
  { keys: ['Delete'], does: 'Clear a row of choices' },
  { keys: ['Esc'], does: 'Close a list or a dialog' },
];

function KeyTable({ caption, rows }: { caption: string; rows: { keys: string[]; does: string }[] }) {
  return (
    <table className="key-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What they do</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ keys, does }) => (
          <tr key={does}>
            <td>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' '}
                  <kbd className="shortcut">{key}</kbd>
                </span>
              ))}
            </td>
            <td>{does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What Forkcast is for and how to use it, and every keyboard shortcut. */
export function HelpView() {
  return (
    <div className="page help">
      <header className="page-header">
        <h1>Help</h1>
      </header>
      <section className="card" aria-labelledby="help-about">
        <h2 id="help-about" className="visually-hidden">
          About Forkcast
        </h2>
        <WelcomeText headingLevel={3} />
        <p>
          <MethodLink>How Forkcast reads your days</MethodLink> explains every number Trends and the brief show: the
          lean, its plausible range, when it says “confident”, and what it leaves out.
        </p>
      </section>
      <section className="card" aria-labelledby="help-keys">
        <h2 id="help-keys">Keyboard</h2>
        <p className="muted">
          The letter and number keys work on Today whenever the cursor is not in a text box; the controls show their key
          beside their label.
        </p>
        <KeyTable caption="On Today" rows={SHORTCUTS} />
        <KeyTable caption="In any view" rows={CONTROLS} />
      </section>
    </div>
  );
}
