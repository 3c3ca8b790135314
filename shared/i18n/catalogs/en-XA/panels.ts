// The shared panels' words in the pseudo-locale, made from English (pseudo.ts says why).
import en from '../en/panels';
import { pseudoLocalize } from '../../pseudo';

export default pseudoLocalize(en);
