// The request page in the pseudo-locale, made from English (pseudo.ts says why).
import en from '../en/respond';
import { pseudoLocalize } from '../../pseudo';

export default pseudoLocalize(en);
