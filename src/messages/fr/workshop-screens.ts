import './screens';
import './plan-screens';
import { workshop } from './workshop';
import { addFrench } from '../french';

// The workshop route's messages, on top of the screens' (src/app/workshop.tsx).
addFrench(workshop);
