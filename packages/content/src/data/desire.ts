import desireFile from '../../data/desire/items.json' with { type: 'json' };
import startersFile from '../../data/desire/starters.json' with { type: 'json' };
import type { DesireItem, DesireList, SentenceStarters } from '../schema/desire';
import { typed } from './typed';

export const desireList: DesireList = typed<DesireList>(desireFile);
export const desireItems: readonly DesireItem[] = desireList.items;
export const sentenceStarters: SentenceStarters = typed<SentenceStarters>(startersFile);
