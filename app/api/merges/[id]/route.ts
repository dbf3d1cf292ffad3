import { dropMerge, undoMerge } from '@/lib/curation/merges';
import { actionRoute } from '@/lib/curation/route-input';

/** POST (form `action` = undo | drop, `returnTo`): an editor takes back a merge or unlink, or drops an orphaned one. */
export const POST = actionRoute({ undo: undoMerge, drop: dropMerge }, { param: 'merge' });
