/** "Name (Team)", the team alone, or null when the finding has neither. */
export function ownerText(staff: {
  owner: { name: string } | null;
  ownerTeam: string | null;
}): string | null {
  if (staff.owner)
    return staff.ownerTeam ? `${staff.owner.name} (${staff.ownerTeam})` : staff.owner.name;
  return staff.ownerTeam;
}

/** The owner fields' own check: a team name the server would refuse (it keeps 200 characters). */
export function teamProblem(team: string): string | null {
  return team.trim().length > 200 ? 'The team must be 200 characters or fewer' : null;
}
