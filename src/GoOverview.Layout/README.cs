// The text engine (itemize → shape → break → fit) lives here.
namespace GoOverview.Layout;
