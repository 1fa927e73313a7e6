import { staffParts } from './staff-parts';
import { addFrench } from '../french';

// Imported for its effect by every module that writes the staff screens' words, as
// ./plan-screens is for the plan's (tests/messages/split-catalogue.test.ts checks both).
for (const part of Object.values(staffParts)) addFrench(part);
