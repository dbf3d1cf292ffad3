import { confirmCorrection, dropCorrection, undoCorrection } from '@/lib/curation/correct';
import { actionRoute } from '@/lib/curation/route-input';

/** POST (form `action` = undo | confirm | drop, `returnTo`): an editor undoes, confirms or drops a correction. */
export const POST = actionRoute({ undo: undoCorrection, confirm: confirmCorrection, drop: dropCorrection });
