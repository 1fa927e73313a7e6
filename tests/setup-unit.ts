import 'fake-indexeddb/auto';
// Screens are rendered here without the route modules that load the rest of the French catalogue.
import '../src/messages/fr/workshop-screens';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
});
