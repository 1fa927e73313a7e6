// The words of the staff's screens (Réglages, the address book, the training sessions' import),
// loaded by the modules that draw them (./staff-screens), not before the first question (issue 15).
import { settings } from './settings';
import { staffTools } from './staff-tools';

export const staffParts = { settings, staffTools };
