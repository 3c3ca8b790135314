// The failures' sentences in the pseudo-locale, made from English (pseudo.ts says why).
import en from '../en/messages';
import { pseudoLocalize } from '../../pseudo';

export default pseudoLocalize(en);
