import { loadSettings, type Settings } from '../lib/settings';
import { useStored } from './use-stored';

/** The settings (null until loaded), following changes made in another view. */
export function useSettings(): Settings | null {
  return useStored<Settings | null>('local', 'settings', loadSettings, null);
}
