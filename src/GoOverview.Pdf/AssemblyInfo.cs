[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("GoOverview.Pdf.Tests")]
