import type { District } from '@casetrail/domain';
import { ListQueryDto, sortsOf } from '../lists/list-query.dto';
import { DistrictFilter, ListSort, OptionalMoment } from '../../http/validation/query-fields';

export const BACKLOG_SORTS = sortsOf(['daysPending']);

export class DppBacklogQueryDto extends ListQueryDto {
  @DistrictFilter()
  district?: District;

  @OptionalMoment('The backlog as the world stood then (events that occurred by then, as known now); days counted to that day')
  asOf?: string;

  @OptionalMoment('The backlog as the record stood then (events recorded by then)')
  knownAt?: string;

  @ListSort(BACKLOG_SORTS, 'Default `-daysPending` (longest waiting first)')
  sort?: string;
}
