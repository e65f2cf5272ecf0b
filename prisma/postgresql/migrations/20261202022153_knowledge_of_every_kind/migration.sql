-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "distribution" TEXT NOT NULL DEFAULT 'builtin',
ADD COLUMN     "servedVersions" TEXT,
ADD COLUMN     "singular" TEXT,
ADD COLUMN     "verbs" TEXT;

-- AlterTable
ALTER TABLE "ResourceFactText" ADD COLUMN     "value" TEXT;

-- CreateTable
CREATE TABLE "ResourceTask" (
    "id" SERIAL NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ResourceTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceTaskText" (
    "taskId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ResourceTaskText_pkey" PRIMARY KEY ("taskId","lang")
);

-- CreateTable
CREATE TABLE "FieldNote" (
    "id" SERIAL NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FieldNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldNoteText" (
    "noteId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "FieldNoteText_pkey" PRIMARY KEY ("noteId","lang")
);

-- CreateTable
CREATE TABLE "ApiVersion" (
    "id" SERIAL NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "apiVersion" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "introducedIn" TEXT,
    "deprecatedIn" TEXT,
    "removedIn" TEXT,
    "replacement" TEXT,

    CONSTRAINT "ApiVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiVersionText" (
    "apiVersionId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "ApiVersionText_pkey" PRIMARY KEY ("apiVersionId","lang")
);

-- CreateIndex
CREATE UNIQUE INDEX "ResourceTask_resourceId_position_key" ON "ResourceTask"("resourceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FieldNote_resourceId_path_key" ON "FieldNote"("resourceId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "ApiVersion_resourceId_apiVersion_key" ON "ApiVersion"("resourceId", "apiVersion");

-- AddForeignKey
ALTER TABLE "ResourceTask" ADD CONSTRAINT "ResourceTask_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceTaskText" ADD CONSTRAINT "ResourceTaskText_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ResourceTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldNote" ADD CONSTRAINT "FieldNote_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldNoteText" ADD CONSTRAINT "FieldNoteText_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "FieldNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiVersion" ADD CONSTRAINT "ApiVersion_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiVersionText" ADD CONSTRAINT "ApiVersionText_apiVersionId_fkey" FOREIGN KEY ("apiVersionId") REFERENCES "ApiVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
