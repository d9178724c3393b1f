import { allowedFindingTransitions, FindingStatus, type Role, type Visibility } from '@irr/domain';
import { useState } from 'react';
import { STATUS_LABEL } from '../lib/format';
import { useStoreRecord } from '../lib/record-cache';
import { errorInfo, useTRPCClient, type StaffFinding, type StaffRecord } from '../lib/trpc';
import { OwnerFields } from './OwnerFields';
import { RichTextEditor } from './RichTextEditor';
import { VisibilityChoice } from './VisibilityChoice';

type Action = 'owner' | 'update' | 'status';
type Outcome = { ref: string; ok: boolean; message: string };

/**
 * One action on many findings. Each finding is changed on its own, with its own version check, and
 * the result is reported per finding: one refusal (a status the lifecycle does not allow from
 * there, someone else's newer change) does not undo or block the others.
 */
export function BulkActions({
  organisationId,
  selected,
  role,
  onClear,
}: {
  organisationId: string;
  selected: StaffFinding[];
  role: Role;
  onClear: () => void;
}) {
  const client = useTRPCClient();
  const storeRecord = useStoreRecord();
  const [action, setAction] = useState<Action>('owner');
  const [owner, setOwner] = useState('');
  const [team, setTeam] = useState('');
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('internal');
  const [to, setTo] = useState<FindingStatus>('in_progress');
  const [reason, setReason] = useState('');
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const statuses = FindingStatus.options.filter((s) =>
    FindingStatus.options.some((from) =>
      allowedFindingTransitions(from, role).some((t) => t.to === s),
    ),
  );

  const apply = async () => {
    setRunning(true);
    const results: Outcome[] = [];
    let latest: StaffRecord | null = null;
    for (const f of selected) {
      try {
        if (action === 'owner')
          latest = await client.findings.setOwner.mutate({
            findingId: f.id,
            rowVersion: f.rowVersion,
            ownerUserId: owner || null,
            team: team.trim() || null,
          });
        else if (action === 'update')
          latest = await client.findings.addUpdate.mutate({
            findingId: f.id,
            update: { date: null, author: 'force', visibility, text },
          });
        else
          latest = await client.findings.transition.mutate({
            findingId: f.id,
            rowVersion: f.rowVersion,
            to,
            // Completing asks for a final update: the text serves as that, other moves take it as the reason.
            ...(reason.trim() &&
              (to === 'completed'
                ? { finalUpdate: `<p>${reason.replace(/[<>&]/g, ' ')}</p>` }
                : { reason })),
            visibility,
          });
        results.push({ ref: f.ref, ok: true, message: 'done' });
      } catch (e) {
        results.push({ ref: f.ref, ok: false, message: errorInfo(e).message });
      }
    }
    if (latest) storeRecord(latest);
    setOutcomes(results);
    setRunning(false);
  };

  return (
    <section className="panel" aria-labelledby="bulk-title">
      <h3 id="bulk-title">
        Act on {selected.length} selected {selected.length === 1 ? 'finding' : 'findings'}
      </h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void apply();
        }}
      >
        <div className="field">
          <label className="label" htmlFor="bulk-action">
            Action
          </label>
          <select
            id="bulk-action"
            className="select"
            value={action}
            onChange={(e) => setAction(e.target.value as Action)}
          >
            <option value="owner">Assign an owner</option>
            <option value="update">Add the same update</option>
            <option value="status">Move status</option>
          </select>
        </div>
        {action === 'owner' && (
          <OwnerFields
            idPrefix="bulk"
            organisationId={organisationId}
            ownerUserId={owner}
            team={team}
            onOwnerChange={setOwner}
            onTeamChange={setTeam}
          />
        )}
        {action === 'update' && (
          <>
            <RichTextEditor
              id="bulk-update"
              label="Update for each finding"
              value={text}
              onChange={setText}
            />
            <VisibilityChoice
              name="bulk-update-visibility"
              value={visibility}
              onChange={setVisibility}
            />
          </>
        )}
        {action === 'status' && (
          <>
            <div className="field">
              <label className="label" htmlFor="bulk-status">
                New status
              </label>
              <select
                id="bulk-status"
                className="select"
                value={to}
                onChange={(e) => setTo(e.target.value as FindingStatus)}
              >
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor="bulk-reason">
                Reason or final update
              </label>
              <span className="hint" id="bulk-reason-hint">
                Needed for some moves: completing asks for a final update, reopening for a reason.
                Findings that cannot make this move are reported and left as they are.
              </span>
              <textarea
                id="bulk-reason"
                aria-describedby="bulk-reason-hint"
                className="textarea"
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <VisibilityChoice
              name="bulk-status-visibility"
              legend="Who can see the reason or final update?"
              value={visibility}
              onChange={setVisibility}
            />
          </>
        )}
        <div className="button-group">
          <button type="submit" className="button" disabled={running || selected.length === 0}>
            Apply to {selected.length}
          </button>
          <button type="button" className="button button--secondary" onClick={onClear}>
            Clear selection
          </button>
        </div>
      </form>
      {running && <p role="status">Working…</p>}
      {outcomes && (
        <div role="status">
          <p>
            {outcomes.filter((o) => o.ok).length} of {outcomes.length} changed.
          </p>
          <ul>
            {outcomes.map((o) => (
              <li key={o.ref} className={o.ok ? undefined : 'warning-text'}>
                {o.ref}: {o.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
