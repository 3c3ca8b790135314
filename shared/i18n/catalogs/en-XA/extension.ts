// The extension's words in the pseudo-locale, made from English (pseudo.ts says why).
import en from '../en/extension';
import { pseudoLocalize } from '../../pseudo';

export default pseudoLocalize(en);
