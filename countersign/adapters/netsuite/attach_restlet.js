/**
 * countersign: attach an invoice PDF to a vendor bill. Deploy as a RESTlet (Customization > Scripting >
 * Scripts > New), give the integration's role access to its deployment, and set
 * COUNTERSIGN_NETSUITE_ATTACH_RESTLET to the deployment's external URL. REST web services records
 * have no attach operation; this is the documented route (N/file + record.attach).
 *
 * Idempotent: a file of the same name already in the folder is attached again (a no-op when it is
 * attached already), never created twice, so countersign may retry a call whose answer was lost.
 *
 * @NApiVersion 2.1
 * @NScriptType Restlet
 */
define(['N/file', 'N/record', 'N/search'], (file, record, search) => {
  const post = (body) => {
    const found = search.create({
      type: 'file',
      filters: [['name', 'is', body.fileName], 'AND', ['folder', 'anyof', body.folderId]],
      columns: ['internalid'],
    }).run().getRange({ start: 0, end: 1 });
    const existed = found.length > 0;
    const fileId = existed ? found[0].id : file.create({
      name: body.fileName, fileType: file.Type.PDF, contents: body.contents, folder: Number(body.folderId),
    }).save();
    record.attach({ record: { type: 'file', id: fileId }, to: { type: body.recordType, id: body.recordId } });
    return { fileId: String(fileId), existed };
  };
  return { post };
});
