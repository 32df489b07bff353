import type { ReactNode } from 'react';
import { DEFAULT_THRESHOLDS as t } from '../../../shared/analysis';
import { STALE_AFTER_DAYS, STRONG_MARGIN } from '../../../shared/trends';
import { LeanScale } from './LeanScale';

/** The parts of the method page, in order; each id is also its address (#/method/<id>). */
export const METHOD_SECTIONS = [
  { id: 'counts', title: 'What counts' },
  { id: 'lean', title: 'The lean, from −1 to +1' },
  { id: 'range', title: 'The plausible range' },
  { id: 'confidence', title: 'Fairly confident and confident' },
  { id: 'too-early', title: 'Too early, and one kind of work missing' },
  { id: 'unrated', title: 'Activities not rated yet' },
  { id: 'trend', title: 'Moving, or no change detected' },
  { id: 'weeks', title: 'Week by week' },
  { id: 'drivers', title: 'What goes with good and bad days' },
  { id: 'activities', title: 'How each activity felt' },
  { id: 'worst-hour', title: 'The worst-hour test' },
  { id: 'old-days', title: 'When your last entry is weeks old' },
  { id: 'checks', title: 'How this is checked' },
] as const;

export type MethodSectionId = (typeof METHOD_SECTIONS)[number]['id'];

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

function Section({ id, children }: { id: MethodSectionId; children: ReactNode }) {
  const title = METHOD_SECTIONS.find((section) => section.id === id)?.title ?? id;
  return (
    <section className="card method-section" id={`method-${id}`} aria-labelledby={`method-${id}-title`} tabIndex={-1}>
      <h2 id={`method-${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The method in plain words, drawn from docs/analysis.md (which also has the
 * maths). Every threshold it names is read from the code, so the page and
 * the analysis cannot drift apart.
 */
export function MethodSections() {
  return (
    <>
      <Section id="counts">
        <p>
          A day counts once you have marked something Forkcast can read: the kind of day, an activity, your energy, when
          you joined the conversation, a best moment, a worst-hour answer or a motive. Notes alone are yours to keep and
          are never scored. Everything is worked out on this computer; nothing leaves it.
        </p>
      </Section>

      <Section id="lean">
        <p>
          Every activity belongs to the <strong>people side</strong> (coaching, 1:1s, hiring, unblocking a team…: the
          management path), the <strong>system side</strong> (framing a problem, design docs, data models, platform
          choices…: the architecture path), or neither (coding, debugging, status meetings). Your own activities count
          toward the side you gave them in Settings.
        </p>
        <p>
          The lean compares how the two sides felt on your scale from drained (−2) to energised (+2): the average feel
          of your system work minus the average feel of your people work, divided by 4 so that it runs from −1 to +1.
        </p>
        <LeanScale />
        <p>
          A lean of +0.25 means system work felt about one point better than people work on your scale; −0.50 means
          people work felt about two points better. Before taking the difference, each side is pulled a little toward
          the average of both, as if it had {t.priorActivities} more activities that felt like everything else. A side
          you have logged only a few times therefore cannot make a strong lean on its own, and two sides that feel the
          same give a lean of zero however unevenly you log them.
        </p>
      </Section>

      <Section id="range">
        <p>
          Beside each lean is a <strong>plausible range</strong>: where the lean could really be, given how many days
          you wrote and how much they varied. It is wide when there are few days and narrows as they add up. Days are
          the unit, because the activities of one day share its mood.
        </p>
        <p>
          Forkcast names a path only when the <em>whole</em> range sits on one side of zero. When it straddles zero it
          says <strong>no clear lean yet</strong>, which is an answer, not a failure: some people do feel the same about
          both. The range is drawn wide on purpose (it would hold the true lean {percent(t.bandLevel)} of the time),
          because you will look again next week, and every look is another chance for luck to cross zero.
        </p>
      </Section>

      <Section id="confidence">
        <p>
          <strong>Fairly confident</strong> and <strong>confident</strong> both mean the whole plausible range is on one
          side of zero. “Confident” adds that the range also stays at least {STRONG_MARGIN.toFixed(2)} away from zero
          (about {Math.round(STRONG_MARGIN * 4 * 10) / 10} points of feel); “fairly confident” means it comes closer.
          Neither word ever comes from the size of the lean alone.
        </p>
      </Section>

      <Section id="too-early">
        <p>
          Below {t.minEntries} days there is no verdict at all: a single odd week would decide it. And the lean is a
          comparison, so until you have logged people work on at least {t.minSideEntries} days and system work on at
          least {t.minSideEntries} days, Forkcast says what is missing instead of guessing. It never gives a verdict
          about work you have not logged.
        </p>
      </Section>

      <Section id="unrated">
        <p>
          A newly ticked activity is <strong>not rated</strong> until you say how it felt. Not rated is not neutral: the
          lean leaves it out, and Today and Trends say how many are waiting, so quick ticking never pulls your lean
          toward zero without you knowing.
        </p>
      </Section>

      <Section id="trend">
        <p>
          The trend compares your last {t.trendWeeks} weeks written with the {t.trendWeeks} weeks before them. Both
          windows end at your latest entry, not at today, so the answer is the same whatever day of the week you look.
          Each window needs at least {t.minTrendEntries} days of people work and {t.minTrendEntries} of system work;
          without them there is no trend, because a change in work you did not log is not a change.
        </p>
        <p>
          <strong>Moving toward</strong> a path is said only when the plausible range of the change lies wholly on one
          side of zero. Otherwise Forkcast says <strong>no change detected</strong>, and names the weeks it compared.
          That is not the same as steady: a smaller change could still be there. A journal shorter than the{' '}
          {t.trendWeeks * 2} weeks both windows cover says nothing about steadiness at all.
        </p>
      </Section>

      <Section id="weeks">
        <p>
          On the weekly (or monthly) chart each dot is that period’s own lean, with its own plausible range shaded. A
          week holds few days, so most weeks read “no clear lean”; a dot takes a path’s colour, and its label a
          direction, only when its own range excludes zero. A week with only one kind of work has nothing to compare, so
          it has no dot. The line averages the last {t.smoothingWeeks} weeks (or {t.smoothingMonths} months) to guide
          the eye; it has no range of its own, so read it as a shape, not a verdict.
        </p>
      </Section>

      <Section id="drivers">
        <p>
          These lists name activities whose days were good (or bad) more often than your days in general, for example
          “good on 8 of 10 days, against 50% of all your rated days”. An activity needs at least {t.driverMinSupport}{' '}
          rated days to be compared, and is listed only when the plausible range of its share lies wholly above your
          usual share.
        </p>
        <p>
          Comparing thirty activities at once would turn up a few “findings” from luck alone, so the ranges are widened
          for how many were compared: at most about {Math.round(t.driverFalseRate * 100)} in 100 listed activities are
          there by chance. When differences are within chance, Forkcast says so plainly and lists none.
        </p>
      </Section>

      <Section id="activities">
        <p>
          The activities chart in Trends shows every activity you logged with its average feel, from drained to
          energised, and the days behind it. A whisker shows the plausible range of each average once it has two rated
          days. A bar is filled with its path’s colour only when that whole range is on one side of neutral; otherwise
          it is only outlined, because the average could be chance. A single drained day is an outline with no range,
          and sits among the uncertain ones, not at the bottom of the list.
        </p>
        <p>
          As with the drivers, every activity is read at once, so the ranges are widened together: on journals with no
          real feelings either way, any activity was shown as clearly energising or draining in under 1 in 100.
        </p>
      </Section>

      <Section id="worst-hour">
        <p>
          On bad days Today asks: if most days were like today’s worst hour, would you still take the role? For each
          role, Trends and the brief show how often you answered yes, not sure and no, each with its plausible range, so
          a firm “no” shows as plainly as a “yes”. A role is said to be kept (or turned down) on most bad days only when
          that answer’s whole range lies above one half, and one role is said to be kept more often than the other only
          when their ranges do not overlap.
        </p>
      </Section>

      <Section id="old-days">
        <p>
          Every figure describes the days you wrote. When your latest entry is more than {STALE_AFTER_DAYS} days before
          the end of the range you are looking at, Forkcast says which day it is, so an old lean is never read as
          today’s.
        </p>
      </Section>

      <Section id="checks">
        <p>
          The method is tested on thousands of simulated journals whose truth is known. Where there was no real
          preference, a path or a move was named in fewer than 1 in 100 single looks, and in about 1 in 40 journals
          looked at every week for three months. A clear preference was named correctly within eight weeks in every
          simulated journal, and a subtle one (half a point of feel, on ordinary days) in about 84 of 100 by four
          months; on noisier days a subtle preference takes longer to show. A change of heart showed as a move four to
          eight weeks later in about 98 of 100, whatever the weekday of the look. The developer documentation
          (docs/analysis.md) has the maths, every threshold and the command that repeats these measurements.
        </p>
      </Section>
    </>
  );
}
