import type { JournalkitStringOverrides } from '../../types';

/** German strings of Stepper. */
export const stepper: JournalkitStringOverrides['stepper'] = {
  label: 'Fortschritt',
  complete: 'Abgeschlossen',
  current: 'Aktueller Schritt',
  upcoming: 'Noch nicht begonnen',
  error: 'Erfordert Aufmerksamkeit',
  step: 'Schritt {{step}} von {{total}}',
};
