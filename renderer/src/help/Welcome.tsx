/** What Forkcast is for and how to use it, in a few lines: the first-launch welcome, and the top of Help. */
export function WelcomeText({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="welcome-text">
      <Heading>What it is for</Heading>
      <p>
        Forkcast helps you choose between the engineering-management path and the architecture path by noticing what
        your work days actually feel like. Rather than deciding from one memorable week, you collect a little evidence
        every day and let the pattern speak.
      </p>
      <Heading>How a day is written</Heading>
      <p>
        Say how the day went (good, mixed or bad) and how much energy you had left, then click how each part of it felt:
        one click adds an activity and rates it. That is a whole entry, in about thirty seconds. Notes, tags, the day’s
        prompts and the shape of the day are there when you want to reflect further. Everything saves as you type.
      </p>
      <Heading>What Trends will show</Heading>
      <p>
        After about ten written days, Trends starts to show which way your days lean, toward people work or system work,
        with a range that says how sure it can be; which activities go with your good and your bad days; and how your
        worst-hour answers add up. Before that it says plainly that it is too early to tell.
      </p>
      <Heading>Nothing leaves this computer</Heading>
      <p>
        There is no account, no server and no tracking. Your journal lives on this machine, and Settings lets you take
        it out as markdown or as a backup file whenever you like.
      </p>
    </div>
  );
}
