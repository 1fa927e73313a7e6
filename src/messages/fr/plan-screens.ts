import { planParts } from './plan-parts';
import { addFrench } from '../french';

// Imported for its effect by every module that writes the plan's words (tests/messages/
// split-catalogue.test.ts checks it): ES modules run their imports first, so the words are in
// place before any of that module's code runs.
for (const part of Object.values(planParts)) addFrench(part);
