import type { createCaller } from '@irr/api';
import type { Actor, Step } from './story.js';

type Caller = ReturnType<typeof createCaller>;
type StaffRecord = Awaited<ReturnType<Caller['records']['get']>>;

/**
 * Play a record's story through the API, as its editor and approver would in the app, so every
 * change is checked by the same rules and audited. `setDay` moves the demo clock first, so status
 * changes and publications carry the story's dates.
 */
export async function runStory(
  recordId: string,
  steps: readonly Step[],
  callers: Record<Actor, Caller>,
  setDay: (day: string) => void,
): Promise<StaffRecord> {
  let current = await callers.editor.records.get({ recordId });
  const finding = (ref: string) => {
    const found = current.findings.find((f) => f.ref === ref);
    if (!found)
      throw new Error(
        `The demo story names finding ${ref}, which record ${recordId} does not have`,
      );
    return found;
  };
  for (const step of steps) {
    setDay(step.on);
    const api = callers[step.as];
    switch (step.kind) {
      case 'update':
        current = await api.findings.addUpdate({
          findingId: finding(step.ref).id,
          update: {
            date: step.on,
            author: step.author,
            visibility: step.visibility,
            text: step.text,
          },
        });
        break;
      case 'owner': {
        const f = finding(step.ref);
        current = await api.findings.setOwner({
          findingId: f.id,
          rowVersion: f.rowVersion,
          // The demo's owners are posts ("Head of ..."), not accounts: they go in as team labels.
          ownerUserId: null,
          team: step.owner,
        });
        break;
      }
      case 'target': {
        const f = finding(step.ref);
        current = await api.findings.setTargetDate({
          findingId: f.id,
          rowVersion: f.rowVersion,
          to: step.to,
          ...(step.reason && { reason: step.reason }),
        });
        break;
      }
      case 'status': {
        const f = finding(step.ref);
        const { on: _on, as: _as, kind: _kind, ref: _ref, ...move } = step;
        current = await api.findings.transition({
          findingId: f.id,
          rowVersion: f.rowVersion,
          ...move,
        });
        break;
      }
      case 'close_cause': {
        const f = finding(step.ref);
        current = await api.findings.closeCauseOfConcern({
          findingId: f.id,
          rowVersion: f.rowVersion,
          letterDate: step.letterDate,
          letterLink: step.letterLink,
        });
        break;
      }
      case 'record':
        current = await api.workflow.transition({
          recordId,
          rowVersion: current.rowVersion,
          to: step.to,
          ...(step.reason && { reason: step.reason }),
        });
        break;
      case 'dates':
        current = await api.records.setDates({
          recordId,
          rowVersion: current.rowVersion,
          dates: step.dates,
        });
        break;
      case 'summary_note':
        current = await api.records.updateDraft({
          recordId,
          rowVersion: current.rowVersion,
          patch: { summary: `${current.record.summary}<p>${step.text}</p>` },
        });
        break;
    }
  }
  return current;
}
