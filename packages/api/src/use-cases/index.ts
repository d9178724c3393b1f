/** The use cases, for the tRPC procedures and the CLI alike: one exported function per file. */
export * from './context.js';
export { recordFor } from './records/record-for.js';
export { toStaffRecord, reloadStaffRecord } from './records/staff-record.js';
export { findingFor } from './findings/finding-for.js';
export { setFindingOwner } from './findings/set-finding-owner.js';
export { assertRecordEditable, markRecordEdited } from './records/mark-record-edited.js';
export { importRecords } from './imports/import-records.js';
export type { ImportItem } from './imports/import-item.js';
export { addMember, type AddMemberResult } from './members/add-member.js';
export { findAccount, type Account } from './members/find-account.js';
export { setAccountDisabled } from './members/set-account-disabled.js';
export { createOrganisation } from './organisations/create-organisation.js';
export {
  ensureOrganisationBySlug,
  type ResolvedOrganisation,
} from './organisations/resolve-organisation.js';
export { exportRecords } from './records/export-records.js';
export { runDueNotifications } from './notifications/run-due-notifications.js';
export type { Mailer, OutgoingMail } from './notifications/mailer.js';
export type { MailSettings } from './notifications/compose-mail.js';
