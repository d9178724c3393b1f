import { MAX_IMPORT_FILE_BYTES } from '@irr/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { toBase64, type ImportFile } from './import-files';
import { importKeys, useImports, type PendingImportSummary } from './imports';
import { errorInfo } from './trpc';

/** A file that never reached the server, and why (the batch page lists it with the others). */
export interface NotSent {
  name: string;
  message: string;
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/**
 * Stages documents one after another into one batch, counting as it goes; then opens the review of a
 * lone record, or the batch's page.
 */
export function useStaging() {
  const imports = useImports();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const finish = async (
    batchId: string | null,
    items: PendingImportSummary[],
    notSent: NotSent[],
  ) => {
    await queryClient.invalidateQueries({ queryKey: importKeys.all });
    if (!batchId) {
      setError(new Error(notSent.map((n) => `${n.name}: ${n.message}`).join('; ')));
      return;
    }
    if (items.length === 1 && notSent.length === 0) {
      navigate(`/import/review/${items[0]!.id}`);
    } else {
      navigate(`/import/batches/${batchId}`, { state: { notSent } });
    }
  };

  const stageFiles = async (files: readonly ImportFile[]) => {
    setError(null);
    setProgress({ done: 0, total: files.length });
    let batchId: string | null = null;
    const items: PendingImportSummary[] = [];
    const notSent: NotSent[] = [];
    try {
      for (const [i, file] of files.entries()) {
        if (file.size > MAX_IMPORT_FILE_BYTES) {
          notSent.push({
            name: file.name,
            message: `this file is ${mb(file.size)}; files of up to ${mb(MAX_IMPORT_FILE_BYTES)} can be imported`,
          });
        } else {
          try {
            const base64 = toBase64(await file.bytes());
            const res = await imports.stage.mutate({
              file: { name: file.name, base64 },
              ...(batchId ? { batchId } : {}),
            });
            batchId = res.batchId;
            items.push(...res.items);
          } catch (e) {
            notSent.push({ name: file.name, message: errorInfo(e).message });
          }
        }
        setProgress({ done: i + 1, total: files.length });
      }
      await finish(batchId, items, notSent);
    } finally {
      setProgress(null);
    }
  };

  const stageText = async (text: string) => {
    setError(null);
    setProgress({ done: 0, total: 1 });
    try {
      const res = await imports.stage.mutate({ text, fileName: 'Pasted text' });
      setProgress({ done: 1, total: 1 });
      await finish(res.batchId, res.items, []);
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  return { progress, error, stageFiles, stageText };
}
