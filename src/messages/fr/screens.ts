import { fr } from './index';
import { addFrench } from '../french';

// Imported for its effect by every lazily loaded route module (src/app/*): the whole French
// catalogue is in place before any of their screens renders.
addFrench(fr);
