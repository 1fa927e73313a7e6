// The French catalogue's parts that the route modules load (./screens). The plan's words come
// with the modules that draw a plan (./plan-parts), the staff screens' with those screens
// (./staff-parts), the workshop's with the workshop (./workshop-screens): a question does not
// load them (issue 15).
import { common } from './common';
import { home } from './home';
import { speech } from './speech';
import { kiosk } from './kiosk';
import { caseload } from './caseload';
import { wizard } from './wizard';
import { orientation } from './orientation';
import { questions } from './questions';
import { inclusion } from './inclusion';
import { safekeeping } from './safekeeping';
import { localPlans } from './local-plans';
import { sync } from './sync';

export const screenParts = { common, home, speech, kiosk, caseload, wizard, orientation, questions, inclusion, safekeeping, localPlans, sync };
