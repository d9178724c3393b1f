/**
 * Word banks for the generated demo records. The forces are real; every person, finding and update
 * here is invented, and each demo summary says so.
 */

export type Theme =
  | 'investigating'
  | 'protecting'
  | 'responding'
  | 'preventing'
  | 'workforce'
  | 'resources'
  | 'ethics'
  | 'vawg'
  | 'vetting';

/** What a finding asks the force to do, by theme: verb phrases that follow "the force should". */
export const NEEDS: Record<Theme, readonly string[]> = {
  investigating: [
    'make sure investigations are allocated to officers with the right skills and are properly supervised',
    'record and review the decisions taken in each investigation, including why one is closed',
    'reduce the number of suspects wanted on the Police National Computer and actively seek them',
    'examine digital devices seized as evidence without the delays that now hold back investigations',
  ],
  protecting: [
    'share information about children affected by domestic abuse with their schools the next working day',
    'make sure the risk to every missing child is assessed and reviewed by a supervisor',
    'check that the conditions of every domestic violence protection order are enforced',
    'improve how it identifies and records repeat victims when they first call',
  ],
  responding: [
    'answer emergency and non-emergency calls within its own and national targets',
    'attend incidents within the times it sets, and tell callers when it cannot',
    'make sure call handlers use a structured risk assessment for every call for service',
  ],
  preventing: [
    'evaluate its problem-solving work so that what works is shared across neighbourhoods',
    'protect the time neighbourhood officers spend on preventing crime',
  ],
  workforce: [
    'understand the wellbeing needs of its workforce and act on what it learns',
    'give supervisors the training and time they need to develop their teams',
    'make its promotion processes fair, open and understood by the workforce',
  ],
  resources: [
    'understand the demand it faces so that it can plan its workforce for the next five years',
    'make sure its change programme delivers the savings and improvements it planned',
  ],
  ethics: [
    'give regular feedback about the ethical concerns raised by its workforce',
    'monitor its vetting decisions to identify and address disproportionality',
    'make sure its counter-corruption unit can monitor all of its computer systems',
  ],
  vawg: [
    'make tackling violence against women and girls a priority in its plans, with measures of success',
    'record every report of stalking correctly and make sure victims receive the right support',
    'review how it uses out-of-court disposals for domestic abuse offences',
  ],
  vetting: [
    'make sure every member of its workforce holds the correct level of vetting clearance',
    'check the Police National Database for every applicant before vetting clearance is granted',
    'review the vetting of officers and staff who are the subject of misconduct allegations',
  ],
};

/** A recommendation's deadline, with the day a fixed one falls on (a report never sets one already past). */
export const DEADLINES: readonly { text: string; by: string | null }[] = [
  { text: 'Within three months', by: null },
  { text: 'Within six months', by: null },
  { text: 'By 31 March 2023', by: '2023-03-31' },
  { text: 'By 30 September 2023', by: '2023-09-30' },
];

export const CAUSE_OPENINGS = [
  'The force is not doing enough to',
  'The force does not have the processes it needs to',
  'We found the force is not able to consistently',
] as const;

export const FORCE_UPDATES = [
  'A working group chaired by the Assistant Chief Constable meets monthly to oversee progress, and a delivery plan with named owners is in place.',
  'New guidance has been published to all supervisors, and an audit of {n} cases found the expected standard was met in most of them.',
  'Training has been delivered to {n} officers and staff; attendance is monitored and the remaining sessions are booked.',
  'The new process went live in the spring. Early performance data shows improvement, and the force will review it after six months.',
  'A review by the force’s Service Improvement team found further work was needed; an updated action plan was agreed by the chief officer team.',
] as const;

export const OPCC_NOTES = [
  'Discussed at the Commissioner’s performance board. The Commissioner asked for evidence of the audit results before this is marked complete.',
  'OPCC policy officer reviewed the evidence pack; the force is asked to confirm the date the new process was adopted.',
  'Raised at the quarterly accountability meeting; the Chief Constable gave assurance that resources are in place.',
] as const;

export const HMICFRS_UPDATES = [
  'HMICFRS revisited the force and found that it had made sufficient progress; this finding is considered discharged.',
  'During its monitoring visit, HMICFRS noted the improvements made and will review the finding again at the next inspection.',
] as const;

export const FINAL_UPDATES = [
  'The actions in the plan are complete: the new process is embedded, audited and reported to the force’s performance board each quarter.',
  'All officers and supervisors concerned have been trained, and a dip sample found the standard is now consistently met.',
] as const;

export const OWNERS = [
  'Detective Chief Superintendent, Crime',
  'Head of Public Protection',
  'Chief Superintendent, Contact Management',
  'Head of Professional Standards',
  'Director of People',
  'Chief Finance Officer',
] as const;

export const ACCEPTANCE = [
  'The force accepts this recommendation. An action plan is in place and progress is reported to the Commissioner’s performance board.',
  'Accepted. The Chief Constable has asked the lead named above to deliver the work, and the Commissioner will hold the force to account for it.',
] as const;

export const FIRST_NAMES = [
  'Alex',
  'Priya',
  'Gareth',
  'Joanne',
  'Tom',
  'Amara',
  'Rhian',
  'David',
  'Sunita',
  'Mark',
  'Helen',
  'Owain',
] as const;
export const SURNAMES = [
  'Hughes',
  'Shah',
  'Bennett',
  'Lloyd',
  'Okafor',
  'Price',
  'Evans',
  'Turner',
  'Mistry',
  'Harper',
  'Griffiths',
  'Cole',
] as const;
