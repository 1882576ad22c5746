import type { WorkingHoursJson } from '@switchyard/db';

const weekdays9to17: WorkingHoursJson = {
  mon: [{ start: '09:00', end: '17:00' }],
  tue: [{ start: '09:00', end: '17:00' }],
  wed: [{ start: '09:00', end: '17:00' }],
  thu: [{ start: '09:00', end: '17:00' }],
  fri: [{ start: '09:00', end: '17:00' }],
};

/** The demo organisation's reps: ids match the rep ids the Inbound SaaS template names. */
export const demoReps = [
  {
    id: 'rep_ent_dach',
    name: 'Lena Fischer',
    email: 'lena@northwind.example',
    timeZone: 'Europe/Berlin',
    team: 'enterprise_emea',
  },
  {
    id: 'rep_ent_uki',
    name: 'Oliver Hughes',
    email: 'oliver@northwind.example',
    timeZone: 'Europe/London',
    team: 'enterprise_emea',
  },
  {
    id: 'rep_ent_west',
    name: 'Camille Laurent',
    email: 'camille@northwind.example',
    timeZone: 'Europe/Paris',
    team: 'enterprise_emea',
  },
  {
    id: 'rep_ent_ny',
    name: 'Marcus Reed',
    email: 'marcus@northwind.example',
    timeZone: 'America/New_York',
    team: 'enterprise',
  },
  {
    id: 'rep_ent_sf',
    name: 'Priya Raman',
    email: 'priya@northwind.example',
    timeZone: 'America/Los_Angeles',
    team: 'enterprise',
  },
  {
    id: 'rep_ent_sg',
    name: 'Wei Ling Tan',
    email: 'weiling@northwind.example',
    timeZone: 'Asia/Singapore',
    team: 'enterprise',
    hours: weekdays9to17,
  },
  {
    id: 'rep_mm_1',
    name: 'Jordan Blake',
    email: 'jordan@northwind.example',
    timeZone: 'America/Chicago',
    team: 'mid_market',
  },
  {
    id: 'rep_mm_2',
    name: 'Sofia Rossi',
    email: 'sofia@northwind.example',
    timeZone: 'Europe/Rome',
    team: 'mid_market',
  },
  {
    id: 'rep_mm_3',
    name: 'Daniel Kim',
    email: 'daniel@northwind.example',
    timeZone: 'America/Denver',
    team: 'mid_market',
  },
  {
    id: 'rep_smb_1',
    name: 'Ava Johnson',
    email: 'ava@northwind.example',
    timeZone: 'America/New_York',
    team: 'smb',
    dailyCap: 40,
  },
  {
    id: 'rep_smb_2',
    name: 'Noah Smith',
    email: 'noah@northwind.example',
    timeZone: 'America/Chicago',
    team: 'smb',
    dailyCap: 40,
  },
  {
    id: 'rep_smb_3',
    name: 'Mia Garcia',
    email: 'mia@northwind.example',
    timeZone: 'America/Los_Angeles',
    team: 'smb',
    dailyCap: 40,
  },
] satisfies Array<{
  id: string;
  name: string;
  email: string;
  timeZone: string;
  team: string;
  hours?: WorkingHoursJson;
  dailyCap?: number;
}>;

/** The demo teams, keyed by the Inbound SaaS template's team placeholders. */
export const demoTeams = {
  enterprise_emea: 'Enterprise AEs, EMEA',
  enterprise: 'Enterprise AEs, Americas and APAC',
  mid_market: 'Mid-market AEs',
  smb: 'Small-business reps',
} as const;
