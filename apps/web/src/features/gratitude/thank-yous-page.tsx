// Thank-yous: everything my partner has thanked me for, to reread on a hard day. Only the two
// of us can read these (they are encrypted with our couple key).
import { EmptyState, Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { BackToToday, EndedNote, NeedsPartner, usePracticeHistory } from '../practices/practice-frame';
import { thankYousFrom } from '../practices/practice-records';
import { GratitudeLetters } from './gratitude-card';

export default function ThankYousPage() {
  const ctx = usePracticeHistory();
  if (!ctx) {
    return (
      <Page title="Thank-yous">
        <NeedsPartner />
        <BackToToday />
      </Page>
    );
  }
  const name = ctx.couple.partnerName;
  const list = thankYousFrom(ctx.shared, ctx.couple.partnerId);
  return (
    <Page title="Thank-yous" lead={`Everything ${name} has thanked you for. Just for you to reread.`}>
      {ctx.ended ? <EndedNote partnerName={name} /> : null}
      {!ctx.loaded ? (
        <Loading />
      ) : list.length === 0 ? (
        <EmptyState title="Nothing here yet">
          {ctx.ended
            ? `Nothing from ${name} is kept here.`
            : `When ${name} sends an evening gratitude, it is kept here for you.`}
        </EmptyState>
      ) : (
        <GratitudeLetters label={`Thank-yous from ${name}`} letters={list} />
      )}
      <BackToToday />
    </Page>
  );
}
