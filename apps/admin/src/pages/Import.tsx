import { ChooseDocuments, PasteRecordText } from '../components/import/ChooseDocuments';
import { ReviewQueue } from '../components/import/ReviewQueue';
import { StagingProgress } from '../components/import/StagingProgress';
import { ErrorMessage } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { useStaging } from '../lib/use-staging';

export default function Import() {
  const { progress, error, stageFiles, stageText } = useStaging();
  const busy = progress !== null;
  return (
    <>
      <PageHeading title="Import records" />
      <p>
        Upload response records as Word documents, PDFs, saved web pages or record text: one file,
        many, a folder or a .zip. Each record is read and kept for you to review, beside its source,
        before anything is saved.
      </p>
      <ChooseDocuments busy={busy} onRead={(files) => void stageFiles(files)} />
      <PasteRecordText busy={busy} onRead={(text) => void stageText(text)} />
      {progress && <StagingProgress done={progress.done} total={progress.total} />}
      <ErrorMessage error={error} title="Nothing was read" />
      <ReviewQueue />
    </>
  );
}
