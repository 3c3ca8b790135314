// The shared components' words in the pseudo-locale, made from English (pseudo.ts says why).
import en from '../en/common';
import { pseudoLocalize } from '../../pseudo';

export default pseudoLocalize(en);
