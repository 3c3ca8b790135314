// The recipient page in the pseudo-locale, made from English (pseudo.ts says why).
import en from '../en/recipient';
import { pseudoLocalize } from '../../pseudo';

export default pseudoLocalize(en);
