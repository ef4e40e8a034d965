// The weekly pulse: under a minute. The closeness picture and a few statements, saved privately;
// then, if I choose, my closeness and the shareable statements go to my partner (never the
// private support question). Private by default: see docs/checkup.md.
import { latestContentVersion, scorePulseRecord, type PulseResult } from '@hearth/core';
import { useState, type FormEvent } from 'react';
import { AreaLinks } from '../../components/area-links';
import { Loading } from '../../components/loading';
import { FormError, Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { writeRecord } from '../../lib/records';
import { useAction } from '../../lib/use-action';
import { say } from '../content/content-libraries';
import { SupportAdvice } from '../checkup/support-advice';
import { ScaleQuestion } from '../checkup/scale-question';
import { useCheckupContent } from '../checkup/use-checkup-content';
import { useMyHistory } from '../checkup/use-my-history';
import { NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { ClosenessPicture } from './closeness-picture';
import { pulseShareFrom, sharedPulsesThisWeek } from './pulse-records';

export default function PulsePage() {
  const ctx = usePracticeContext();
  const content = useCheckupContent();
  const history = useMyHistory(content?.checkup ?? null, ctx?.couple.myId ?? '');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<PulseResult | null>(null);
  const [shared, setShared] = useState(false);
  const { busy, error, setError, run } = useAction();
  const title = 'Weekly pulse';
  if (!ctx) {
    return (
      <Page title={title}>
        <NeedsPartner />
      </Page>
    );
  }
  const pulse = content ? latestContentVersion(content.checkup.pulses, 'hearth-pulse') : undefined;
  if (!content || !pulse || !history) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  const name = ctx.couple.partnerName;
  const sharedAlready = sharedPulsesThisWeek(ctx.shared, ctx.couple.myId, ctx.today).length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const record = { pulseId: pulse.id, version: pulse.version, answers };
    const outcome = scorePulseRecord(content.checkup.pulses, record);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    void run(async () => {
      await writeRecord('user', {
        type: 'pulse',
        ...record,
        date: ctx.today,
        createdAt: new Date().toISOString(),
      });
      setSaved(outcome.result);
    });
  };

  const share = (result: PulseResult) =>
    run(async () => {
      await writeRecord('couple', pulseShareFrom(result, ctx.today, new Date()));
      setShared(true);
    });

  if (saved) {
    return (
      <Page title={title}>
        <AreaLinks />
        <SupportAdvice
          instrument={content.checkup.checkup}
          resources={content.checkup.safetyResources}
          routes={history.routes}
        />
        <section className="card" aria-labelledby="pulse-saved">
          <h2 id="pulse-saved" className="card-title">
            Saved, just for you
          </h2>
          {shared || sharedAlready ? (
            <p>{name} can see how close you felt this week.</p>
          ) : (
            <>
              <p>
                Would you like {name} to see how close you felt this week? Only the picture you chose and the
                four statements are shared, never the private question.
              </p>
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy}
                onClick={() => void share(saved)}
              >
                Share with {name}
              </button>
            </>
          )}
          <FormError message={error} />
        </section>
      </Page>
    );
  }

  const closenessItem = pulse.items.find((item) => item.type === 'closeness-circles');
  const scaleOf = (id: string) => pulse.scales.find((scale) => scale.id === id);
  return (
    <Page title={title} lead={say(pulse.intro)}>
      <AreaLinks />
      {sharedAlready ? (
        <Notice>You shared a pulse this week already. Another one replaces it in your trend.</Notice>
      ) : null}
      <form className="card stack" onSubmit={submit} noValidate>
        {closenessItem ? (
          <fieldset className="radio-group">
            <legend>{say(closenessItem.text)}</legend>
            <div className="closeness-options">
              {pulse.closenessScale.levels.map((level) => (
                <label key={level.level} className="closeness-option">
                  <input
                    type="radio"
                    name={closenessItem.id}
                    value={level.level}
                    checked={answers[closenessItem.id] === level.level}
                    onChange={() => setAnswers((before) => ({ ...before, [closenessItem.id]: level.level }))}
                  />
                  <ClosenessPicture level={level} viewBox={pulse.closenessScale.viewBox} />
                  <span className="visually-hidden">{say(level.label)}</span>
                  <span className="closeness-number" aria-hidden="true">
                    {level.level}
                  </span>
                </label>
              ))}
            </div>
            <p className="muted closeness-ends" aria-hidden="true">
              <span>{say(pulse.closenessScale.lowLabel)}</span>
              <span>{say(pulse.closenessScale.highLabel)}</span>
            </p>
          </fieldset>
        ) : null}
        {pulse.items.map((item) =>
          item.type === 'scale' ? (
            <ScaleQuestion
              key={item.id}
              id={item.id}
              text={say(item.text)}
              scale={scaleOf(item.scale)}
              value={answers[item.id]}
              onChange={(value) => setAnswers((before) => ({ ...before, [item.id]: value }))}
            />
          ) : null,
        )}
        <FormError message={error} />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save my pulse
        </button>
      </form>
    </Page>
  );
}
