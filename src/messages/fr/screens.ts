import { screenParts } from './parts';
import { addFrench } from '../french';

// Imported for its effect by every lazily loaded route module (src/app/*): the French catalogue
// is in place before any of their screens renders, except the workshop's own messages (the
// largest part), which come with the workshop only (./workshop-screens), and the plan's, which
// come with the modules that draw a plan (./plan-screens).
for (const part of Object.values(screenParts)) addFrench(part);
