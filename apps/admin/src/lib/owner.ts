/** "Name (Team)", the team alone, or null when the finding has neither. */
export function ownerText(staff: {
  owner: { name: string } | null;
  ownerTeam: string | null;
}): string | null {
  if (staff.owner)
    return staff.ownerTeam ? `${staff.owner.name} (${staff.ownerTeam})` : staff.owner.name;
  return staff.ownerTeam;
}
