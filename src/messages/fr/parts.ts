// Every part of the French catalogue but the workshop's: what the route modules load
// (./screens); the workshop adds its own (./workshop-screens).
import { common } from './common';
import { home } from './home';
import { speech } from './speech';
import { kiosk } from './kiosk';
import { caseload } from './caseload';
import { wizard } from './wizard';
import { planView } from './plan-view';
import { plan } from './plan';
import { orientation } from './orientation';
import { questions } from './questions';
import { print } from './print';
import { inclusion } from './inclusion';
import { safekeeping } from './safekeeping';
import { localPlans } from './local-plans';
import { sync } from './sync';

export const screenParts = { common, home, speech, kiosk, caseload, wizard, planView, plan, orientation, questions, print, inclusion, safekeeping, localPlans, sync };
