import { Email, Role, ROLE_LABELS } from '@irr/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage, Loading } from '../components/Errors';
import { ErrorSummary, type FormError } from '../components/form/ErrorSummary';
import { FieldError } from '../components/form/FieldError';
import { SuccessBanner } from '../components/form/SuccessBanner';
import { PageHeading } from '../components/PageHeading';
import { ReassignOwners } from '../components/ReassignOwners';
import { formErrorsOf } from '../lib/form-errors';
import { useMe } from '../lib/session';
import { useTRPC } from '../lib/trpc';

const ROLE_LABEL: Record<Role, string> = {
  viewer: 'Viewer (reads drafts)',
  editor: 'Editor (edits drafts, adds updates)',
  approver: 'Approver (approves, publishes, closes)',
  admin: 'Admin (manages users)',
};

const INVITE_FIELDS = {
  email: { id: 'invite-email', name: 'their email address' },
  displayName: { id: 'invite-name', name: 'their name' },
  initialPassword: { id: 'invite-password', name: 'an initial password' },
};

export default function Users() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { me } = useMe();
  const adminOf = me?.memberships.filter((m) => m.role === 'admin') ?? [];
  // Approvers reassign findings between people, though only admins manage the people.
  const approverOf = me?.memberships.filter((m) => m.role === 'approver') ?? [];
  const [organisationId, setOrganisationId] = useState(adminOf[0]?.organisationId ?? '');
  const list = useQuery({
    ...trpc.users.list.queryOptions({ organisationId }),
    enabled: organisationId !== '',
  });
  const refresh = () => queryClient.invalidateQueries(trpc.users.list.pathFilter());
  const setRole = useMutation(trpc.users.setRole.mutationOptions({ onSuccess: refresh }));
  const setDisabled = useMutation(trpc.users.setDisabled.mutationOptions({ onSuccess: refresh }));
  const invite = useMutation(
    trpc.users.invite.mutationOptions({
      onSuccess: () => {
        void refresh();
        setForm({ email: '', displayName: '', role: 'viewer', initialPassword: '' });
      },
    }),
  );
  const [form, setForm] = useState({
    email: '',
    displayName: '',
    role: 'viewer' as Role,
    initialPassword: '',
  });
  const [checked, setChecked] = useState(false);
  const problems = {
    ...(!Email.safeParse(form.email.trim()).success && {
      email: 'Enter an email address like name@example.org',
    }),
    ...(form.displayName.trim() === '' && { displayName: 'Enter their name' }),
  };
  const shown: Partial<Record<'email' | 'displayName', string>> = checked ? problems : {};
  const inviteErrors: FormError[] = [
    ...Object.entries(shown).map(([k, message]) => ({
      field: k === 'email' ? 'invite-email' : 'invite-name',
      message,
    })),
    ...(Object.keys(shown).length === 0 ? formErrorsOf(invite.error, INVITE_FIELDS) : []),
  ];
  const serverError = (id: string) =>
    Object.keys(shown).length === 0 ? inviteErrors.find((e) => e.field === id)?.message : undefined;

  if (adminOf.length === 0)
    return (
      <>
        <PageHeading title="Users" />
        <p>Only an organisation&apos;s admins manage its users.</p>
        {approverOf.map((m) => (
          <section key={m.organisationId} aria-label={m.organisationName}>
            {approverOf.length > 1 && <h2>{m.organisationName}</h2>}
            <ReassignOwners organisationId={m.organisationId} />
          </section>
        ))}
      </>
    );
  return (
    <>
      <PageHeading title="Users" />
      <div className="field">
        <label className="label" htmlFor="users-org">
          Organisation
        </label>
        <select
          id="users-org"
          className="select"
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
        >
          {adminOf.map((m) => (
            <option key={m.organisationId} value={m.organisationId}>
              {m.organisationName}
            </option>
          ))}
        </select>
      </div>
      {list.isLoading && <Loading what="Loading users" />}
      <ErrorMessage error={list.error ?? setRole.error ?? setDisabled.error} />
      {list.data && (
        <table className="table">
          <caption>{list.data.length} members</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Account</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((u) => (
              <tr key={u.id}>
                <td>{u.displayName ?? <span className="hint">Not signed in yet</span>}</td>
                <td>{u.email}</td>
                <td>
                  {u.id === me?.id ? (
                    ROLE_LABEL[u.role]
                  ) : (
                    <select
                      aria-label={`Role of ${u.displayName ?? u.email}`}
                      className="select"
                      value={u.role}
                      disabled={setRole.isPending}
                      onChange={(e) =>
                        setRole.mutate({
                          organisationId,
                          userId: u.id,
                          role: e.target.value as Role,
                        })
                      }
                    >
                      {Role.options.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABEL[r]}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {u.disabled ? 'Disabled' : 'Active'}{' '}
                  {u.id !== me?.id && (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={setDisabled.isPending}
                      onClick={() =>
                        setDisabled.mutate({ organisationId, userId: u.id, disabled: !u.disabled })
                      }
                    >
                      {u.disabled ? 'Enable' : 'Disable'}
                      <span className="visually-hidden"> {u.displayName ?? u.email}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && (
        <ReassignOwners
          organisationId={organisationId}
          from={list.data.map((u) => ({ id: u.id, name: u.displayName ?? u.email }))}
        />
      )}
      <form
        className="panel"
        aria-labelledby="invite-title"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setChecked(true);
          if (Object.keys(problems).length === 0)
            invite.mutate({ organisationId, ...form, email: form.email.trim() });
        }}
      >
        <h2 id="invite-title">Invite someone</h2>
        <p>
          A new account gets the initial password you set here; give it to them in person or by
          phone. Someone who already has an account keeps their own password and name, and is given
          this role here. Their name shows in this list once they have signed in. Disabling someone
          here ends their access to this organisation only.
        </p>
        <ErrorSummary errors={inviteErrors} title="They were not invited" />
        <SuccessBanner
          message={
            invite.data
              ? `${invite.data.email} is now ${/^[aeiou]/i.test(ROLE_LABELS[invite.data.role]) ? 'an' : 'a'} ${ROLE_LABELS[invite.data.role].toLowerCase()}.`
              : null
          }
        />
        <div className={shown.email ? 'field field--error' : 'field'}>
          <label className="label" htmlFor="invite-email">
            Email address
          </label>
          {shown.email && (
            <span className="error-message" id="invite-email-error">
              <span className="visually-hidden">Error:</span> {shown.email}
            </span>
          )}
          <input
            id="invite-email"
            type="email"
            className="input"
            aria-invalid={shown.email ? true : undefined}
            aria-describedby={shown.email ? 'invite-email-error' : undefined}
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
        </div>
        <div className={shown.displayName ? 'field field--error' : 'field'}>
          <label className="label" htmlFor="invite-name">
            Name
          </label>
          {shown.displayName && (
            <span className="error-message" id="invite-name-error">
              <span className="visually-hidden">Error:</span> {shown.displayName}
            </span>
          )}
          <input
            id="invite-name"
            className="input"
            aria-invalid={shown.displayName ? true : undefined}
            aria-describedby={shown.displayName ? 'invite-name-error' : undefined}
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="invite-role">
            Role
          </label>
          <select
            id="invite-role"
            className="select"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
          >
            {Role.options.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div className={serverError('invite-password') ? 'field field--error' : 'field'}>
          <label className="label" htmlFor="invite-password">
            Initial password
          </label>
          <FieldError id="invite-password" message={serverError('invite-password')} />
          <input
            aria-describedby={serverError('invite-password') ? 'invite-password-error' : undefined}
            id="invite-password"
            type="password"
            autoComplete="new-password"
            className="input"
            value={form.initialPassword}
            onChange={(e) => setForm({ ...form, initialPassword: e.target.value })}
          />
        </div>
        <button type="submit" className="button" disabled={invite.isPending}>
          Invite
        </button>
      </form>
    </>
  );
}
