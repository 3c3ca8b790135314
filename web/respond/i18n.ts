// The request page's words: its own surface (catalogs/<locale>/respond.ts) through the shared
// language core (web/ui/language.tsx).
import { respond } from '../../shared/i18n/surfaces/respond';
import { useT as useSurface } from '../ui/language';

export type RespondKey = keyof typeof respond.en;
export const useT = () => useSurface(respond);
